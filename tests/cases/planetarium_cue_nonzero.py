# case: find which show timeline cues fire in this frame via ops.nonzero on the trigger flags -> nonzero gives a data-dependent number of rows
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueTrigger(nn.Cell):
    """Returns indices of cues whose start time falls inside the current frame window."""

    def __init__(self, frame_dt=1.0 / 30.0):
        super().__init__()
        self.frame_dt = frame_dt

    def construct(self, cue_starts, show_clock, armed):
        lo = show_clock
        hi = show_clock + self.frame_dt
        fires = (cue_starts >= lo) & (cue_starts < hi) & (armed > 0)
        fired_idx = ops.nonzero(fires)
        return fired_idx.reshape(-1)


def make():
    np.random.seed(327)
    starts = np.sort(np.random.uniform(0.0, 10.0, 40)).astype(np.float32)
    starts[5:8] = 4.01
    armed = Tensor(np.ones(40, np.int32))
    return CueTrigger(), (Tensor(starts), Tensor(np.array(4.0, np.float32)), armed)
