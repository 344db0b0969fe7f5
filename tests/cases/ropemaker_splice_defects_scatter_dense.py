# case: paint flagged splice-tuck defects into a dense map with tensor_scatter_add and score the splice image -> dense scatter with fixed shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpliceScorerDense(nn.Cell):
    def __init__(self, shape=(16, 16)):
        super().__init__()
        self.shape = shape
        self.pool = nn.AvgPool2d(kernel_size=4, stride=4)

    def construct(self, img, defect_idx, defect_sev):
        dmap = ops.zeros(self.shape, ms.float32)
        dmap = ops.tensor_scatter_add(dmap, defect_idx, defect_sev)
        score = self.pool((img * (1.0 + dmap)).reshape(1, 1, 16, 16))
        return score.reshape(-1)


def make():
    np.random.seed(92)
    img = np.random.uniform(0, 1, size=(16, 16)).astype(np.float32)
    idx = np.array([[2, 3], [7, 7], [12, 1], [15, 14]], dtype=np.int32)
    sev = np.array([0.5, 1.0, 0.25, 0.75], dtype=np.float32)
    return SpliceScorerDense(), (Tensor(img), Tensor(idx), Tensor(sev))
