# case: tuning session wraps the slide-tuner correction in a `with` context manager inside construct to log the session -> with statement in graph, expected to be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TuningLog:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class SlideTuner(nn.Cell):
    """Map cents error to a tuning-slide displacement (mm) per pipe."""

    def __init__(self, mm_per_cent=0.08, max_travel_mm=6.0):
        super().__init__()
        self.mm_per_cent = mm_per_cent
        self.max_travel_mm = max_travel_mm

    def construct(self, cents_error, pipe_length_mm):
        with TuningLog("swell_principal_8"):
            travel = -cents_error * self.mm_per_cent * pipe_length_mm / 600.0
            travel = ops.clamp(travel, -self.max_travel_mm, self.max_travel_mm)
        return travel


def make():
    np.random.seed(340)
    err = (3.0 * np.random.randn(24)).astype(np.float32)
    length = (600.0 * 2.0 ** (-np.arange(24) / 12.0)).astype(np.float32)
    return SlideTuner(), (Tensor(err), Tensor(length))
