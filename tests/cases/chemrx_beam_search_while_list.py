# case: greedy precursor decoding keeps appending chosen edit ids to a Python list while the stop score is below a tensor threshold -> data-dependent while loop with growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EditSequenceDecoder(nn.Cell):
    def __init__(self, hidden=8, n_edit_types=6, max_steps=5):
        super().__init__()
        self.step = nn.Dense(hidden, hidden)
        self.edit_out = nn.Dense(hidden, n_edit_types)
        self.stop_out = nn.Dense(hidden, 1)
        self.max_steps = max_steps

    def construct(self, state, stop_thresh):
        chosen = []
        stop_p = ops.sigmoid(self.stop_out(state)).squeeze()
        steps = 0
        while stop_p < stop_thresh and steps < self.max_steps:
            state = ops.tanh(self.step(state))
            edit_id = ops.argmax(self.edit_out(state), dim=-1)
            chosen.append(edit_id)
            stop_p = ops.sigmoid(self.stop_out(state)).squeeze()
            steps += 1
        if len(chosen) == 0:
            return ops.zeros((0,), ms.int64)
        return ops.concat(chosen)


def make():
    np.random.seed(8)
    state = Tensor(np.random.randn(1, 8).astype(np.float32))
    return EditSequenceDecoder(), (state, Tensor(0.9, ms.float32))
