# case: represent sparse sensor dropout events as a COOTensor and densify it to mask readings -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDropoutMasker(nn.Cell):
    def __init__(self, n_steps=10, n_sensors=4):
        super().__init__()
        self.shape = (n_steps, n_sensors)

    def construct(self, readings, drop_idx, drop_val):
        drops = COOTensor(drop_idx, drop_val, self.shape)
        mask = drops.to_dense()
        keep = 1.0 - mask
        cleaned = readings * keep
        valid = keep.sum(axis=0)
        return cleaned.sum(axis=0) / ops.maximum(valid, 1.0)


def make():
    np.random.seed(17)
    readings = Tensor(np.random.randn(10, 4).astype(np.float32))
    drop_idx = Tensor(np.array([[0, 1], [3, 2], [7, 0]], np.int32))
    drop_val = Tensor(np.ones(3, np.float32))
    return SparseDropoutMasker(), (readings, drop_idx, drop_val)
