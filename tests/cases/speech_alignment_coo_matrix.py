# case: forced-alignment cell builds a sparse COO frame-to-token matrix and densifies it for pooling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class AlignmentPooler(nn.Cell):
    def __init__(self, num_tokens=4, num_frames=8, dim=6):
        super().__init__()
        self.shape = (num_tokens, num_frames)
        self.proj = nn.Dense(dim, dim)

    def alignment(self, token_of_frame):
        frames = ops.arange(token_of_frame.shape[0]).astype(ms.int32)
        indices = ops.stack([token_of_frame, frames], axis=1)
        values = ops.ones((token_of_frame.shape[0],), ms.float32)
        return COOTensor(indices, values, self.shape)

    def construct(self, feats, token_of_frame):
        a = self.alignment(token_of_frame).to_dense()
        a = a / ops.maximum(a.sum(axis=1, keepdims=True), 1.0)
        return ops.matmul(a, self.proj(feats))


def make():
    np.random.seed(18)
    feats = Tensor(np.random.randn(8, 6).astype(np.float32))
    tok = Tensor(np.array([0, 0, 1, 1, 1, 2, 3, 3], np.int32))
    return AlignmentPooler(), (feats, tok)
