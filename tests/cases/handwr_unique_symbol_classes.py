# case: counts distinct predicted symbol classes per expression with ops.unique and normalizes by that count -> unique produces dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SymbolDiversity(nn.Cell):
    def __init__(self, num_classes=30):
        super().__init__()
        self.classifier = nn.Dense(10, num_classes)

    def construct(self, symbol_feats):
        logits = self.classifier(symbol_feats)
        pred = logits.argmax(-1).astype(ms.int32)
        classes, _ = ops.unique(pred)
        n_classes = classes.shape[0]
        probs = ops.softmax(logits, -1)
        return probs.max(axis=-1).sum() / n_classes


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(7, 10).astype(np.float32))
    return SymbolDiversity(), (feats,)
