# case: CosFace loss prints its per-batch loss and mean target cosine through an f-string when the config's verbose flag (on by default) is set -> f-string formatting of tensors in construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CosFaceConfig:
    embedding_size = 32
    num_classes = 10
    scale = 64.0
    margin = 0.35
    verbose = True


class CosFaceLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s = config.scale
        self.m = config.margin
        self.num_classes = config.num_classes
        self.verbose = getattr(config, "verbose", False)
        w = np.random.randn(config.num_classes, config.embedding_size).astype(np.float32)
        self.weight = Parameter(Tensor(w * 0.05), name="weight")
        self.ce = nn.CrossEntropyLoss()

    def _log(self, loss, target_cos):
        if self.verbose:
            print(f"cosface loss={loss} target_cos={target_cos}")

    def construct(self, emb, labels):
        cos = ops.matmul(ops.L2Normalize(axis=1)(emb), ops.L2Normalize(axis=1)(self.weight).T)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        logits = (cos - onehot * self.m) * self.s
        loss = self.ce(logits, labels)
        self._log(loss, (cos * onehot).sum(axis=1).mean())
        return loss


def make():
    np.random.seed(37608)
    emb = Tensor(np.random.randn(8, CosFaceConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, CosFaceConfig.num_classes, 8).astype(np.int32))
    return CosFaceLoss(CosFaceConfig()), (emb, labels)
