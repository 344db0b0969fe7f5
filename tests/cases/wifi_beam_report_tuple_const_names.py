# case: per-beam RSRP report with a dict of fixed string keys and constant loop over beams, indices stay tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamReportStatic(nn.Cell):
    def __init__(self, n_beams=4, hysteresis_db=1.0):
        super().__init__()
        self.n_beams = n_beams
        self.hysteresis_db = hysteresis_db

    def construct(self, rsrp, serving):
        best = rsrp.argmax()
        gains = []
        for b in range(self.n_beams):
            gains.append(rsrp[b] - rsrp[serving])
        gains = ops.stack(gains)
        switch = (gains.max() > self.hysteresis_db).astype(ms.int32)
        new_serving = switch * best.astype(ms.int32) + (1 - switch) * serving
        report = {"best": best, "gain": gains, "serving": new_serving}
        return report["serving"], report["gain"]


def make():
    np.random.seed(25)
    rsrp = Tensor(np.random.randn(4).astype(np.float32) * 3)
    return BeamReportStatic(), (rsrp, Tensor(1, ms.int32))
