# case: conditional GAN discriminator keeps per-class mean logits for monitoring class collapse, the classes present in the batch found with ops.unique -> unique output length depends on data, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MonitorConfig:
    num_classes = 6
    feat_dim = 16
    monitor_classes = True


class ClassCollapseMonitor(nn.Cell):
    def __init__(self, config=MonitorConfig()):
        super().__init__()
        self.enabled = config.monitor_classes
        self.num_classes = config.num_classes
        self.head = nn.Dense(config.feat_dim, 1)

    def _per_class_means(self, logits, labels):
        classes, inverse = ops.unique(labels)
        onehot = ops.one_hot(inverse, classes.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        sums = ops.matmul(onehot.T, logits.reshape(-1, 1)).squeeze(-1)
        counts = onehot.sum(axis=0)
        return classes, sums / counts

    def construct(self, feats, labels):
        logits = self.head(feats).squeeze(-1)
        if self.enabled:
            classes, means = self._per_class_means(logits, labels)
            return logits, classes, means
        return (logits,)


def make():
    np.random.seed(3556)
    net = ClassCollapseMonitor()
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    labels = Tensor(np.array([0, 2, 2, 5, 0, 1, 5, 5], np.int32))
    return net, (feats, labels)
