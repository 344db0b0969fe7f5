# case: signal-control agent keeps its step counter in a Parameter and updates it with ops.assign_add inside construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CountingSignalAgent(nn.Cell):
    def __init__(self, obs_dim=8, num_phases=4):
        super().__init__()
        self.q_net = nn.SequentialCell(nn.Dense(obs_dim, 16), nn.ReLU(), nn.Dense(16, num_phases))
        self.steps = Parameter(Tensor(0, ms.int32), name="steps", requires_grad=False)
        self.phase_hist = Parameter(Tensor(np.zeros(num_phases, np.float32)), name="phase_hist",
                                    requires_grad=False)
        self.num_phases = num_phases

    def construct(self, obs):
        q = self.q_net(obs)
        action = ops.argmax(q, dim=-1)
        ops.assign_add(self.steps, Tensor(1, ms.int32))
        counts = ops.one_hot(action, self.num_phases, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(0)
        ops.assign_add(self.phase_hist, counts)
        return action, q


def make():
    np.random.seed(17)
    obs = Tensor(np.random.rand(3, 8).astype(np.float32))
    return CountingSignalAgent(), (obs,)
