# case: logits processor pipeline held in a CellList (temperature, no-repeat mask, bad-words bias) applied in order -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Temperature(nn.Cell):
    def __init__(self, t=0.7):
        super().__init__()
        self.t = t

    def construct(self, input_ids, logits):
        return logits / self.t


class BadWordsBias(nn.Cell):
    def __init__(self, vocab=20, bad_ids=(3, 4)):
        super().__init__()
        bias = np.zeros((1, vocab), np.float32)
        bias[0, list(bad_ids)] = -1e9
        self.bias = Tensor(bias)

    def construct(self, input_ids, logits):
        return logits + self.bias


class NoRepeatLastToken(nn.Cell):
    def construct(self, input_ids, logits):
        last = input_ids[:, -1:]
        hit = ops.arange(logits.shape[-1]).reshape(1, -1) == last
        return ops.masked_fill(logits, hit, -1e9)


class LogitsProcessorList(nn.Cell):
    def __init__(self, vocab=20):
        super().__init__()
        self.processors = nn.CellList([Temperature(), BadWordsBias(vocab), NoRepeatLastToken()])

    def construct(self, input_ids, logits):
        for proc in self.processors:
            logits = proc(input_ids, logits)
        return ops.argmax(logits, dim=-1)


def make():
    np.random.seed(45)
    ids = Tensor(np.random.randint(0, 20, size=(2, 4)).astype(np.int32))
    logits = Tensor(np.random.randn(2, 20).astype(np.float32))
    return LogitsProcessorList(), (ids, logits)
