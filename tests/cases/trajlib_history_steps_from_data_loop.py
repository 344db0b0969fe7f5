# case: temporal agent encoder loops over the observed history length taken from a per-scene tensor (int(num_observed)) and grows a list of step embeddings -> loop count from data, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalEncoder(nn.Cell):
    def __init__(self, state_dim=4, hidden_size=32):
        super().__init__()
        self.embed = nn.Dense(state_dim, hidden_size)
        self.norm = nn.LayerNorm((hidden_size,))

    def _encode_steps(self, history, num_observed):
        steps = []
        for t in range(int(num_observed)):
            steps.append(self.embed(history[:, t]))
        return steps

    def construct(self, history, num_observed):
        steps = self._encode_steps(history, num_observed)
        h = ops.stack(steps, axis=1).mean(axis=1)
        return self.norm(h)


def make():
    np.random.seed(14)
    hist = Tensor(np.random.randn(8, 10, 4).astype(np.float32))
    return TemporalEncoder(), (hist, Tensor(7, ms.int32))
