# case: store per-beam gains in a Python dict keyed by int() of the best beam index tensor and return the dict entry -> error (int of tensor as dict key)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamReport(nn.Cell):
    def __init__(self, beam_names=("b0", "b1", "b2", "b3")):
        super().__init__()
        self.beam_names = beam_names

    def construct(self, rsrp):
        # rsrp: (n_beams,) reference signal received power per beam
        report = {}
        best = int(rsrp.argmax())
        report[best] = rsrp[best]
        report["name"] = self.beam_names[best]
        report["margin"] = rsrp[best] - rsrp.mean()
        return report["margin"], report[best]


def make():
    np.random.seed(24)
    rsrp = Tensor(np.random.randn(4).astype(np.float32))
    return BeamReport(), (rsrp,)
