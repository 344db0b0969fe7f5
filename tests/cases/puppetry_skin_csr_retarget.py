# case: blend mocap bone transforms onto puppet skin vertices with a CSR skinning-weight matrix -> CSRTensor in construct, sparse path may be refused in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseSkinning(nn.Cell):
    def __init__(self, n_verts=6, n_bones=4):
        super().__init__()
        self.indptr = Tensor(np.array([0, 1, 3, 4, 6, 7, 8], np.int32))
        self.indices = Tensor(np.array([0, 0, 1, 1, 1, 2, 2, 3], np.int32))
        self.values = Tensor(np.array([1.0, 0.6, 0.4, 1.0, 0.3, 0.7, 1.0, 1.0], np.float32))
        self.shape = (n_verts, n_bones)

    def construct(self, bone_offsets):
        weights = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        moved = weights.mv(bone_offsets)
        return moved


def make():
    np.random.seed(27)
    offsets = np.random.randn(4, 1).astype(np.float32)
    return SparseSkinning(), (Tensor(offsets),)
