# case: cue timing corrector that logs the measured drift with an f-string print of a tensor each call -> f-string formatting of a tensor value in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueDriftCorrector(nn.Cell):
    def __init__(self, fps=30.0, max_shift_frames=3):
        super().__init__()
        self.fps = fps
        self.max_shift = max_shift_frames / fps
        self.verbose = True

    def construct(self, planned_s, observed_s):
        drift = (observed_s - planned_s).mean()
        if self.verbose:
            print(f"cue drift {drift} s at {self.fps} fps")
        shift = ops.clamp(drift, -self.max_shift, self.max_shift)
        return planned_s + shift


def make():
    np.random.seed(35)
    planned = np.sort(np.random.uniform(0, 60, size=(12,))).astype(np.float32)
    observed = planned + np.random.normal(0.04, 0.02, size=(12,)).astype(np.float32)
    return CueDriftCorrector(), (Tensor(planned), Tensor(observed))
