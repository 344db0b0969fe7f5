# case: autoregressive decoder keeps emitting steps in a while loop until the forecast crosses a level, growing the output each step -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OneStepModel(nn.Cell):
    def __init__(self, context_len=8, hidden=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(context_len, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, context):
        return self.net(context)


class ThresholdARDecoder(nn.Cell):
    def __init__(self, context_len=8, max_steps=12, stop_level=0.5):
        super().__init__()
        self.context_len = context_len
        self.max_steps = max_steps
        self.stop_level = stop_level
        self.step_model = OneStepModel(context_len)

    def construct(self, history):
        context = history[:, -self.context_len:]
        preds = self.step_model(context)
        last = preds
        steps = 1
        while steps < self.max_steps and last.mean() < self.stop_level:
            context = ops.concat((context[:, 1:], last), axis=1)
            last = self.step_model(context)
            preds = ops.concat((preds, last), axis=1)
            steps += 1
        return preds


def make():
    np.random.seed(5)
    history = Tensor(np.random.randn(2, 20).astype(np.float32))
    return ThresholdARDecoder(), (history,)
