# case: engine picks the best move by converting policy logits to NumPy with .asnumpy() and np.argmax inside construct -> asnumpy/NumPy on a tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoveChooser(nn.Cell):
    def __init__(self, dim=32, n_moves=50):
        super().__init__()
        self.policy = nn.Dense(dim, n_moves)
        self.n_moves = n_moves

    def construct(self, state, legal_mask):
        logits = self.policy(state)[0]
        logits = logits - (1.0 - legal_mask) * 1e9
        best = np.argmax(logits.asnumpy())
        one_hot = ops.one_hot(Tensor(best, ms.int32), self.n_moves, Tensor(1.0), Tensor(0.0))
        return one_hot


def make():
    np.random.seed(23)
    state = Tensor(np.random.randn(1, 32).astype(np.float32))
    legal = Tensor((np.random.rand(50) > 0.4).astype(np.float32))
    return MoveChooser(), (state, legal)
