# case: action queue test `self._action_queue is not None and self._queue_pos < self.n_action_steps` guarding a reuse branch: the first operand folds False and decides the test -> the if line is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ACTConfig:
    def __init__(self, state_dim=10, hidden=32, chunk_size=5, action_dim=7, n_action_steps=5):
        self.state_dim = state_dim
        self.hidden = hidden
        self.chunk_size = chunk_size
        self.action_dim = action_dim
        self.n_action_steps = n_action_steps


class ACTSelectAction(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.chunk_size = config.chunk_size
        self.action_dim = config.action_dim
        self.n_action_steps = config.n_action_steps
        self.model = nn.SequentialCell(nn.Dense(config.state_dim, config.hidden), nn.ReLU(),
                                       nn.Dense(config.hidden, config.chunk_size * config.action_dim))
        self.reset()

    def reset(self):
        self._action_queue = None
        self._queue_pos = 0

    def construct(self, state):
        if self._action_queue is not None and self._queue_pos < self.n_action_steps:
            chunk = self._action_queue
        else:
            chunk = self.model(state).view(-1, self.chunk_size, self.action_dim)
            self._action_queue = chunk[:, :self.n_action_steps]
            self._queue_pos = 0
        action = self._action_queue[:, self._queue_pos]
        self._queue_pos += 1
        return action


def make():
    np.random.seed(22)
    return ACTSelectAction(ACTConfig()), (Tensor(np.random.randn(1, 10).astype(np.float32)),)
