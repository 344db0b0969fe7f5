# case: token replacement gathers masked positions with ops.nonzero and scatters random tokens there -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomTokenReplace(nn.Cell):
    def __init__(self, vocab_size=50, replace_prob=0.2):
        super().__init__()
        self.vocab_size = vocab_size
        self.replace_prob = replace_prob

    def sample_positions(self, ids):
        hit = ops.rand(ids.shape) < self.replace_prob
        return ops.nonzero(hit)

    def construct(self, ids):
        positions = self.sample_positions(ids)
        n = positions.shape[0]
        new_tokens = ops.randint(0, self.vocab_size, (n,), dtype=ms.int32)
        return ops.tensor_scatter_update(ids, positions, new_tokens)


def make():
    np.random.seed(17)
    ids = Tensor(np.random.randint(0, 50, (2, 16)).astype(np.int32))
    return RandomTokenReplace(), (ids,)
