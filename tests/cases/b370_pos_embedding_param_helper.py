# case: stroke embedding creates learned position and pen-state embedding Parameters in a helper called from __init__ and slices the position table to x.shape[1] -> parameter slice bound from the static shape, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, TruncatedNormal


class EmbeddingConfig:
    def __init__(self, hidden_size=16, max_positions=64, num_pen_states=3, initializer_range=0.02):
        self.hidden_size = hidden_size
        self.max_positions = max_positions
        self.num_pen_states = num_pen_states
        self.initializer_range = initializer_range


class StrokeEmbeddings(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.coord_proj = nn.Dense(2, config.hidden_size)
        self._create_tables(config)

    def _create_tables(self, config):
        init = TruncatedNormal(config.initializer_range)
        self.position_table = Parameter(initializer(init, (config.max_positions, config.hidden_size)),
                                        name="position_table")
        self.pen_table = Parameter(initializer(init, (config.num_pen_states, config.hidden_size)),
                                   name="pen_table")

    def construct(self, coords, pen_state):
        seq_len = coords.shape[1]
        pos = self.position_table[:seq_len].expand_dims(0)
        pen = ops.gather(self.pen_table, pen_state, 0)
        return self.coord_proj(coords) + pos + pen


def make():
    np.random.seed(3737)
    coords = Tensor(np.random.randn(2, 21, 2).astype(np.float32))
    pen_state = Tensor(np.random.randint(0, 3, size=(2, 21)).astype(np.int32))
    return StrokeEmbeddings(EmbeddingConfig()), (coords, pen_state)
