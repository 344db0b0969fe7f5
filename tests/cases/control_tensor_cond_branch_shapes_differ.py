# case: a block that, if the mean activation (a tensor) exceeds a threshold, returns a pooled (b, h) tensor, otherwise the full (b, s, h) tensor; the data-dependent branches with different ranks compile, joined into a dynamic-rank output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EarlyExitBlock(nn.Cell):
    def __init__(self, hidden=8, exit_threshold=0.5):
        super().__init__()
        self.ffn = nn.SequentialCell([nn.Dense(hidden, hidden), nn.GELU(), nn.Dense(hidden, hidden)])
        self.exit_threshold = exit_threshold

    def confidence(self, h):
        return ops.sigmoid(h).mean()

    def construct(self, hidden_states):
        h = hidden_states + self.ffn(hidden_states)
        if self.confidence(h) > self.exit_threshold:
            return h.mean(axis=1)
        return h


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    return EarlyExitBlock(), (x,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
