# case: global-state embedding wraps the lookup of a per-crystal state in try/except and falls back to a learned default state vector -> try statement in construct (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StateConfig:
    def __init__(self, state_dim=8, num_state_types=3):
        self.state_dim = state_dim
        self.num_state_types = num_state_types


class GlobalStateEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(config.num_state_types, config.state_dim)
        self.default_state = Parameter(Tensor(np.zeros((1, config.state_dim), np.float32)), name="default_state")

    def _lookup(self, state_type):
        try:
            return self.embedding(state_type)
        except (IndexError, ValueError):
            return ops.tile(self.default_state, (state_type.shape[0], 1))

    def construct(self, atom_h, state_type, crystal_ids):
        state = self._lookup(state_type)
        return atom_h + ops.gather(state, crystal_ids, 0).sum(-1, keepdims=True)


def make():
    np.random.seed(27)
    atom_h = Tensor(np.random.randn(10, 8).astype(np.float32))
    state_type = Tensor(np.array([0, 2], dtype=np.int32))
    crystal_ids = Tensor(np.array([0] * 4 + [1] * 6, dtype=np.int32))
    return GlobalStateEmbedding(StateConfig()), (atom_h, state_type, crystal_ids)
