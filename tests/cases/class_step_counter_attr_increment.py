# case: a warmup module that increments a Python int attribute self.num_steps += 1 inside construct and uses it in a schedule; STRICT fails (only Parameter attributes may be modified), LAX accepts it through the fallback and the increment is reported dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupScaledResidual(nn.Cell):
    def __init__(self, hidden=8, warmup_steps=100):
        super().__init__()
        self.ffn = nn.Dense(hidden, hidden)
        self.warmup_steps = warmup_steps
        self.num_steps = 0

    def schedule(self):
        return min(1.0, self.num_steps / self.warmup_steps)

    def construct(self, hidden_states):
        self.num_steps += 1
        alpha = self.schedule()
        return hidden_states + alpha * self.ffn(hidden_states)


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return WarmupScaledResidual(), (x,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape, net.num_steps)
