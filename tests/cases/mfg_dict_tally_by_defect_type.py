# case: tally defects per type in a Python dict keyed by the predicted class id converted with int() -> dict keys from tensor values in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


DEFECT_NAMES = {0: "scratch", 1: "dent", 2: "crack", 3: "stain"}


class DefectTally(nn.Cell):
    def __init__(self, n_feat=8, n_rois=6):
        super().__init__()
        self.cls = nn.Dense(n_feat, len(DEFECT_NAMES))
        self.n_rois = n_rois

    def construct(self, rois):
        ids = ops.argmax(self.cls(rois), dim=-1)
        tally = {}
        for i in range(self.n_rois):
            name = DEFECT_NAMES[int(ids[i])]
            tally[name] = tally.get(name, 0) + 1
        return tally


def make():
    np.random.seed(23)
    rois = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DefectTally(), (rois,)
