# case: combined-margin trainer returns a dict of named loss components built up key by key inside construct -> dict built and returned from construct, may be rejected at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

LOSS_WEIGHTS = {"arc": 1.0, "center": 0.01}


class TrainConfig:
    embedding_size = 16
    num_classes = 6
    scale = 32.0
    margin = 0.5
    use_center_loss = True


class ArcCenterTrainer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.s, self.m = config.scale, config.margin
        self.num_classes = config.num_classes
        self.use_center_loss = config.use_center_loss
        self.centres = Parameter(Tensor(np.random.randn(config.num_classes, config.embedding_size).astype(np.float32)), name="centres")
        self.ce = nn.CrossEntropyLoss()

    def construct(self, emb, labels):
        losses = {}
        nemb = ops.L2Normalize(axis=1)(emb)
        cos = ops.matmul(nemb, ops.L2Normalize(axis=1)(self.centres).T).clip(-0.999, 0.999)
        onehot = ops.one_hot(labels, self.num_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        logits = ops.cos(ops.acos(cos) + onehot * self.m) * self.s
        losses["arc"] = self.ce(logits, labels) * LOSS_WEIGHTS["arc"]
        if self.use_center_loss:
            diff = emb - ops.gather(self.centres, labels, 0)
            losses["center"] = (diff * diff).sum(axis=1).mean() * LOSS_WEIGHTS["center"]
        losses["total"] = sum(losses.values())
        return losses


def make():
    np.random.seed(37611)
    emb = Tensor(np.random.randn(8, TrainConfig.embedding_size).astype(np.float32))
    labels = Tensor(np.random.randint(0, TrainConfig.num_classes, 8).astype(np.int32))
    return ArcCenterTrainer(TrainConfig()), (emb, labels)
