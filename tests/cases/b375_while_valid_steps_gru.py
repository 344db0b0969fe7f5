# case: step-wise transaction GRU unrolled with a while loop bounded by the longest sequence length from the lengths tensor, appending states to a list -> graph mode rejects or unrolls a data-dependent loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecurrentConfig:
    def __init__(self, feat_dim=6, hidden=8, stack_outputs=True):
        self.feat_dim = feat_dim
        self.hidden = hidden
        self.stack_outputs = stack_outputs


class StepwiseTxnRNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cell = nn.GRUCell(config.feat_dim, config.hidden)
        self.hidden = config.hidden
        self.stack_outputs = config.stack_outputs

    def _init_state(self, batch):
        return ops.zeros((batch, self.hidden), ms.float32)

    def construct(self, feats, lengths):
        h = self._init_state(feats.shape[0])
        states = []
        t = 0
        max_len = lengths.max()
        while t < max_len:
            h = self.cell(feats[:, t], h)
            states.append(h)
            t = t + 1
        if self.stack_outputs:
            return ops.stack(states, axis=1)
        return h


def make():
    np.random.seed(3757)
    feats = np.random.randn(3, 7, 6).astype(np.float32)
    lengths = np.array([4, 2, 5], np.int32)
    return StepwiseTxnRNN(RecurrentConfig()), (Tensor(feats), Tensor(lengths))
