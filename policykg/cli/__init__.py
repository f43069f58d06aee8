"""The ``policykg`` command line (:mod:`policykg.cli.app`) and its commands, one module each."""
