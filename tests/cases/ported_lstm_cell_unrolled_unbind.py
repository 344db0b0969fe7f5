# case: hand-written LSTM unrolls over x.unbind(1), zips timesteps with a list of dropout masks and stacks a Python list of outputs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LSTMCellPorted(nn.Cell):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.ih = nn.Dense(input_size, 4 * hidden_size)
        self.hh = nn.Dense(hidden_size, 4 * hidden_size)

    def construct(self, x, state):
        h, c = state
        gates = self.ih(x) + self.hh(h)
        i, f, g, o = gates.chunk(4, 1)
        c = ops.sigmoid(f) * c + ops.sigmoid(i) * ops.tanh(g)
        h = ops.sigmoid(o) * ops.tanh(c)
        return h, c


class UnrolledLSTM(nn.Cell):
    def __init__(self, input_size=6, hidden_size=8, return_sequences=True):
        super().__init__()
        self.cell = LSTMCellPorted(input_size, hidden_size)
        self.hidden_size = hidden_size
        self.return_sequences = return_sequences

    def construct(self, x, step_masks):
        batch = x.shape[0]
        h = ops.zeros((batch, self.hidden_size), x.dtype)
        c = ops.zeros((batch, self.hidden_size), x.dtype)
        outputs = []
        for x_t, m_t in zip(x.unbind(1), step_masks.unbind(1)):
            h, c = self.cell(x_t, (h, c))
            outputs.append(h * m_t.unsqueeze(-1))
        if self.return_sequences:
            return ops.stack(outputs, axis=1)
        return outputs[-1]


def make():
    np.random.seed(35)
    x = np.random.randn(2, 4, 6).astype(np.float32)
    masks = np.array([[1, 1, 1, 0], [1, 1, 1, 1]], dtype=np.float32)
    return UnrolledLSTM(), (Tensor(x), Tensor(masks))
