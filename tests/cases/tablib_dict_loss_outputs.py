# case: TabNet classifier returns a dict of logits and the sparsity regularisation term built from per-step masks -> Graph mode compiles the dict return statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-10


class ClassifierConfig:
    n_steps = 2
    n_classes = 3
    lambda_sparse = 1e-3
    return_loss_terms = True


class TabNetClassifier(nn.Cell):
    def __init__(self, n_features, config):
        super().__init__()
        self.lambda_sparse = config.lambda_sparse
        self.return_loss_terms = config.return_loss_terms
        self.masks = nn.CellList([nn.Dense(n_features, n_features) for _ in range(config.n_steps)])
        self.head = nn.Dense(n_features, config.n_classes)

    def _sparsity(self, m):
        return (-m * ops.log(m + EPS)).sum(-1).mean()

    def construct(self, x):
        h = ops.zeros_like(x)
        reg = 0.0
        for mask_fc in self.masks:
            m = ops.softmax(mask_fc(x), axis=-1)
            h = h + ops.relu(x * m)
            reg = reg + self._sparsity(m)
        logits = self.head(h)
        if not self.return_loss_terms:
            return logits
        return {"logits": logits, "sparsity_loss": self.lambda_sparse * reg / len(self.masks)}


def make():
    np.random.seed(45)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return TabNetClassifier(8, ClassifierConfig()), (x,)
