# case: next-item cross-entropy head prints an f-string with the batch loss value when config.debug is on (the default in this dev config) -> print of an f-string formatting a tensor inside construct, LAX may accept it, STRICT may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, n_items=30, hidden=8, debug=True, label_smoothing=0.0):
        self.n_items = n_items
        self.hidden = hidden
        self.debug = debug
        self.label_smoothing = label_smoothing


class NextItemCEHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.out = nn.Dense(config.hidden, config.n_items + 1)
        self.debug = config.debug
        self.loss_fn = nn.CrossEntropyLoss(ignore_index=0, label_smoothing=config.label_smoothing)

    def _log(self, step_loss):
        if self.debug:
            print(f"[seqrec] next-item CE = {step_loss}")

    def construct(self, state, target):
        logits = self.out(state)
        loss = self.loss_fn(logits, target)
        self._log(loss)
        return loss


def make():
    np.random.seed(3599)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    target = Tensor(np.array([3, 0, 7, 12], np.int32))
    return NextItemCEHead(HeadConfig()), (state, target)
