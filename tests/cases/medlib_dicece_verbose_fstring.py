# case: DiceCELoss logs its dice and CE terms with print(f"...") of tensor values when config.verbose is on (the default, never overridden) -> f-string formatting of tensors in construct, expected rejected or mishandled in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiceCEConfig:
    def __init__(self, lambda_dice=1.0, lambda_ce=1.0, verbose=True, include_background=True):
        self.lambda_dice = lambda_dice
        self.lambda_ce = lambda_ce
        self.verbose = verbose
        self.include_background = include_background


class DiceCELoss(nn.Cell):
    def __init__(self, config=None, **kwargs):
        super().__init__()
        config = config or DiceCEConfig(**kwargs)
        self.lambda_dice = config.lambda_dice
        self.lambda_ce = config.lambda_ce
        self.verbose = getattr(config, "verbose", False)
        self.ce = nn.CrossEntropyLoss()

    def _dice(self, logits, onehot):
        prob = ops.softmax(logits, axis=1)
        inter = (prob * onehot).sum(axis=(2, 3, 4))
        denom = prob.sum(axis=(2, 3, 4)) + onehot.sum(axis=(2, 3, 4))
        return (1.0 - (2.0 * inter + 1e-5) / (denom + 1e-5)).mean()

    def construct(self, logits, labels):
        c = logits.shape[1]
        onehot = ops.one_hot(labels, c, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).transpose(0, 4, 1, 2, 3)
        dice = self._dice(logits, onehot)
        ce = self.ce(logits, labels)
        total = self.lambda_dice * dice + self.lambda_ce * ce
        if self.verbose:
            print(f"dice={dice} ce={ce} total={total}")
        return total


def make():
    np.random.seed(18)
    logits = Tensor(np.random.randn(2, 3, 6, 6, 6).astype(np.float32))
    labels = Tensor(np.random.randint(0, 3, size=(2, 6, 6, 6)).astype(np.int32))
    return DiceCELoss(), (logits, labels)
