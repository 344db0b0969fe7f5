# case: reaction outcome head packs its outputs into a plain Python RxnPrediction object created and mutated inside construct and returns it -> custom Python object in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RxnPrediction:
    def __init__(self, center_probs):
        self.center_probs = center_probs
        self.edit_logits = None
        self.is_valid = None


class OutcomeHead(nn.Cell):
    def __init__(self, hidden=8, n_edit=5):
        super().__init__()
        self.center = nn.Dense(hidden, 1)
        self.edit = nn.Dense(hidden, n_edit)

    def construct(self, atom_h):
        pred = RxnPrediction(ops.sigmoid(self.center(atom_h)).squeeze(-1))
        pred.edit_logits = self.edit(atom_h)
        pred.is_valid = pred.center_probs.max() > 0.5
        return pred


def make():
    np.random.seed(38)
    atom_h = Tensor(np.random.randn(6, 8).astype(np.float32))
    return OutcomeHead(), (atom_h,)
