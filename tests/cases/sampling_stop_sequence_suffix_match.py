# case: checks multi-token stop sequences by comparing the last L generated tokens (L from the constructor's stop sequences) against each padded stop sequence -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopSequenceCriteria(nn.Cell):
    def __init__(self, stop_sequences=((13, 7), (4, 4, 9))):
        super().__init__()
        self.max_len = max(len(s) for s in stop_sequences)
        padded = np.full((len(stop_sequences), self.max_len), -1, dtype=np.int32)
        valid = np.zeros((len(stop_sequences), self.max_len), dtype=np.bool_)
        for i, s in enumerate(stop_sequences):
            padded[i, self.max_len - len(s):] = s
            valid[i, self.max_len - len(s):] = True
        self.stops = Tensor(padded)
        self.valid = Tensor(valid)

    def construct(self, input_ids):
        tail = input_ids[:, -self.max_len:]
        eq = ops.logical_or(tail.expand_dims(1) == self.stops, ops.logical_not(self.valid))
        return eq.all(axis=-1).any(axis=-1)


def make():
    np.random.seed(39)
    ids = np.random.randint(0, 20, size=(3, 8)).astype(np.int32)
    ids[0, -2:] = [13, 7]
    ids[2, -3:] = [4, 4, 9]
    return StopSequenceCriteria(), (Tensor(ids),)
