# case: construct builds a plain Python ClientState object from tensors and mutates it in a helper -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClientState:
    def __init__(self, weights, num_samples):
        self.weights = weights
        self.num_samples = num_samples
        self.update_norm = None


class ClientRound(nn.Cell):
    def __init__(self, lr=0.1, local_steps=2):
        super().__init__()
        self.lr = lr
        self.local_steps = local_steps

    def _local_train(self, state, grad):
        w = state.weights
        for _ in range(self.local_steps):
            w = w - self.lr * grad
        delta = w - state.weights
        state.update_norm = ops.sqrt((delta * delta).sum())
        state.weights = w
        return state

    def construct(self, weights, grad, num_samples):
        state = ClientState(weights, num_samples)
        state = self._local_train(state, grad)
        return state.weights, state.update_norm * state.num_samples


def make():
    np.random.seed(14)
    w = Tensor(np.random.randn(4).astype(np.float32))
    g = Tensor(np.random.randn(4).astype(np.float32))
    return ClientRound(), (w, g, Tensor(32.0, ms.float32))
