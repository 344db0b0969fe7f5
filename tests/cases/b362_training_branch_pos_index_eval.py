# case: JDE id-branch computes a positive-sample loss with boolean-mask indexing only under self.training; the cell is labelled in eval mode -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IDHeadConfig:
    def __init__(self, emb_dim=12, num_ids=20, id_loss_weight=1.0):
        self.emb_dim = emb_dim
        self.num_ids = num_ids
        self.id_loss_weight = id_loss_weight


class IDClassifierHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.emb_dim, config.num_ids)
        self.loss_fn = nn.CrossEntropyLoss()
        self.id_loss_weight = config.id_loss_weight

    def _id_loss(self, emb, ids, pos_mask):
        logits = self.classifier(emb[pos_mask])
        return self.loss_fn(logits, ids[pos_mask]) * self.id_loss_weight

    def construct(self, emb, ids=None, pos_mask=None):
        emb = emb / ops.norm(emb, dim=-1, keepdim=True)
        if self.training and ids is not None:
            return emb, self._id_loss(emb, ids, pos_mask)
        return emb, ops.zeros((), ms.float32)


def make():
    np.random.seed(241)
    emb = Tensor(np.random.randn(9, 12).astype(np.float32))
    ids = Tensor(np.random.randint(0, 20, size=(9,)).astype(np.int32))
    pos = Tensor(np.random.rand(9) > 0.4)
    net = IDClassifierHead(IDHeadConfig())
    net.set_train(False)
    return net, (emb, ids, pos)
