# case: ACT action queue kept in Parameters: a chunk buffer and an int32 position Parameter, refilled with ops.assign under ops.select and read with ops.gather at the position -> state in Parameters, fixed shapes, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ACTConfig:
    def __init__(self, state_dim=10, hidden=32, chunk_size=5, action_dim=7):
        self.state_dim = state_dim
        self.hidden = hidden
        self.chunk_size = chunk_size
        self.action_dim = action_dim


class QueueMixin:
    def _build_queue(self, batch, chunk, dim):
        self.queue = Parameter(ops.zeros((batch, chunk, dim), ms.float32), name="action_queue", requires_grad=False)
        self.pos = Parameter(Tensor(chunk, ms.int32), name="queue_pos", requires_grad=False)


class ACTSelectAction(nn.Cell, QueueMixin):
    def __init__(self, config, batch_size=1):
        super().__init__()
        self.chunk_size = config.chunk_size
        self.action_dim = config.action_dim
        self.model = nn.SequentialCell(nn.Dense(config.state_dim, config.hidden), nn.ReLU(),
                                       nn.Dense(config.hidden, config.chunk_size * config.action_dim))
        self._build_queue(batch_size, config.chunk_size, config.action_dim)

    def construct(self, state):
        chunk = self.model(state).view(state.shape[0], self.chunk_size, self.action_dim)
        refill = self.pos >= self.chunk_size
        new_queue = ops.select(refill.broadcast_to(chunk.shape), chunk, self.queue)
        pos = ops.select(refill, ops.zeros_like(self.pos), self.pos)
        ops.assign(self.queue, new_queue)
        action = ops.gather(new_queue, pos, 1)
        ops.assign(self.pos, pos + 1)
        return action


def make():
    np.random.seed(23)
    return ACTSelectAction(ACTConfig()), (Tensor(np.random.randn(1, 10).astype(np.float32)),)
