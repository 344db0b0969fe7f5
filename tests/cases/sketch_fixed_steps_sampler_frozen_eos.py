# case: generates a fixed number of stroke-5 steps with an LSTM decoder, freezing rows after end-of-sketch with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLengthSketchDecoder(nn.Cell):
    """Batched greedy decoding for max_steps; finished sketches emit EOS rows."""

    def __init__(self, latent=8, hidden=16, max_steps=6):
        super().__init__()
        self.init_state = nn.Dense(latent, 2 * hidden)
        self.cell = nn.LSTMCell(5 + latent, hidden)
        self.out = nn.Dense(hidden, 5)
        self.hidden = hidden
        self.max_steps = max_steps

    def step_output(self, h):
        out = self.out(h)
        pen = ops.one_hot(ops.argmax(out[:, 2:], dim=-1), 3,
                          Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.concat((out[:, :2], pen), axis=-1)

    def construct(self, z):
        b = z.shape[0]
        h, c = ops.split(ops.tanh(self.init_state(z)), self.hidden, axis=-1)
        prev = ops.tile(Tensor([[0.0, 0.0, 1.0, 0.0, 0.0]], ms.float32), (b, 1))
        eos_row = ops.tile(Tensor([[0.0, 0.0, 0.0, 0.0, 1.0]], ms.float32), (b, 1))
        done = ops.zeros((b, 1), ms.bool_)
        outputs = []
        for _ in range(self.max_steps):
            h, c = self.cell(ops.concat((prev, z), axis=-1), (h, c))
            point = self.step_output(h)
            point = ops.select(ops.tile(done, (1, 5)), eos_row, point)
            done = ops.logical_or(done, point[:, 4:5] > 0.5)
            outputs.append(point)
            prev = point
        return ops.stack(outputs, axis=1)


def make():
    np.random.seed(26)
    ms.set_seed(26)
    z = Tensor(np.random.randn(3, 8).astype(np.float32))
    return FixedLengthSketchDecoder(), (z,)
