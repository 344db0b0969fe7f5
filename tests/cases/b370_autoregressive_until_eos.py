# case: sketch generator samples pen states autoregressively until the end-of-sketch flag fires, appending each step to a python list -> while loop on a tensor condition with a list grown per iteration, expect Graph mode to refuse or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_INDEX = 2


class GeneratorConfig:
    def __init__(self, hidden_size=16, max_steps=30, eos_threshold=0.5):
        self.hidden_size = hidden_size
        self.max_steps = max_steps
        self.eos_threshold = eos_threshold


class SketchDecoderStep(nn.Cell):
    def __init__(self, hidden_size):
        super().__init__()
        self.cell = nn.Dense(hidden_size + 5, hidden_size)
        self.out = nn.Dense(hidden_size, 5)

    def construct(self, state, prev):
        state = ops.tanh(self.cell(ops.concat((state, prev), axis=-1)))
        return state, self.out(state)


class SketchGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.step = SketchDecoderStep(config.hidden_size)
        self.max_steps = config.max_steps
        self.eos_threshold = config.eos_threshold

    def construct(self, z):
        state = z
        prev = ops.zeros((z.shape[0], 5), ms.float32)
        strokes = []
        done = Tensor(False)
        while not done:
            state, out = self.step(state, prev)
            pen = ops.softmax(out[:, 2:], axis=-1)
            prev = ops.concat((out[:, :2], pen), axis=-1)
            strokes.append(prev)
            done = (pen[:, EOS_INDEX] > self.eos_threshold).all() or len(strokes) >= self.max_steps
        return ops.stack(strokes, axis=1)


def make():
    np.random.seed(3719)
    z = Tensor(np.random.randn(1, 16).astype(np.float32))
    return SketchGenerator(GeneratorConfig()), (z,)
