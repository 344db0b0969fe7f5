# case: build a sparse COO map of flagged splice-tuck defects from inspector coordinates and densify it for the splice image scorer -> COOTensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpliceScorer(nn.Cell):
    def __init__(self, shape=(16, 16)):
        super().__init__()
        self.shape = shape
        self.pool = nn.AvgPool2d(kernel_size=4, stride=4)

    def construct(self, img, defect_idx, defect_sev):
        defects = ms.COOTensor(defect_idx, defect_sev, self.shape)
        dmap = defects.to_dense()
        score = self.pool((img * (1.0 + dmap)).reshape(1, 1, 16, 16))
        return score.reshape(-1)


def make():
    np.random.seed(91)
    img = np.random.uniform(0, 1, size=(16, 16)).astype(np.float32)
    idx = np.array([[2, 3], [7, 7], [12, 1], [15, 14]], dtype=np.int32)
    sev = np.array([0.5, 1.0, 0.25, 0.75], dtype=np.float32)
    return SpliceScorer(), (Tensor(img), Tensor(idx), Tensor(sev))
