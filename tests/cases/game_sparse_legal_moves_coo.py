# case: builds a COOTensor of legal-move priors from nonzero(legal board mask) and densifies it -> sparse tensor built from data-dependent indices is dynamic or unsupported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparsePolicy(nn.Cell):
    def __init__(self, board_size=5):
        super().__init__()
        self.board_size = board_size
        self.conv = nn.Conv2d(2, 1, 3, pad_mode="same", has_bias=True)

    def construct(self, planes, legal_mask):
        logits = self.conv(planes).reshape(self.board_size, self.board_size)
        priors = ops.softmax(logits.reshape(-1), -1).reshape(self.board_size, self.board_size)
        indices = ops.nonzero(legal_mask).astype(ms.int32)
        values = ops.gather_nd(priors, indices)
        sparse = COOTensor(indices, values, (self.board_size, self.board_size))
        return sparse.to_dense()


def make():
    np.random.seed(16)
    planes = Tensor(np.random.randint(0, 2, (1, 2, 5, 5)).astype(np.float32))
    mask = Tensor(np.random.rand(5, 5) > 0.5)
    return SparsePolicy(), (planes, mask)
