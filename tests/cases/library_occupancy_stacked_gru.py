# case: forecast next-hour reading-room occupancy from a fixed 24-hour window with stacked GRU cells looped over range(n_layers) -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancyForecaster(nn.Cell):
    def __init__(self, n_features=5, hidden=16, n_layers=2, horizon=3):
        super().__init__()
        self.n_layers = n_layers
        self.hidden = hidden
        cells = []
        for i in range(n_layers):
            cells.append(nn.GRUCell(n_features if i == 0 else hidden, hidden))
        self.gru_layers = nn.CellList(cells)
        self.head = nn.Dense(hidden, horizon)

    def construct(self, window):
        # window: (batch, 24, n_features)
        batch, steps, _ = window.shape
        states = [ops.zeros((batch, self.hidden), ms.float32) for _ in range(self.n_layers)]
        for t in range(steps):
            x = window[:, t, :]
            for layer in range(self.n_layers):
                states[layer] = self.gru_layers[layer](x, states[layer])
                x = states[layer]
        return ops.relu(self.head(states[-1]))


def make():
    np.random.seed(31)
    win = Tensor(np.random.rand(4, 24, 5).astype(np.float32))
    return OccupancyForecaster(), (win,)
