# case: OHEM keeps 3x as many negatives as positives; k = int() of a tensor count passed to ops.topk -> compile error / dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalancedBCELoss(nn.Cell):
    def __init__(self, neg_pos_ratio=3, eps=1e-6):
        super().__init__()
        self.neg_pos_ratio = neg_pos_ratio
        self.eps = eps
        self.bce = nn.BCEWithLogitsLoss(reduction="none")

    def construct(self, logits, targets):
        loss = self.bce(logits, targets)
        pos_mask = targets > 0.5
        pos_loss = (loss * pos_mask.astype(ms.float32)).sum()
        num_pos = pos_mask.astype(ms.int32).sum()
        neg_loss = ops.where(pos_mask, ops.zeros_like(loss), loss)
        num_neg = ops.minimum(num_pos * self.neg_pos_ratio, Tensor(loss.shape[0], ms.int32))
        hard_neg = self.mine_negatives(neg_loss, num_neg)
        return (pos_loss + hard_neg) / (num_pos.astype(ms.float32) + num_neg.astype(ms.float32) + self.eps)

    def mine_negatives(self, neg_loss, num_neg):
        top_vals, _ = ops.topk(neg_loss, int(num_neg))
        return top_vals.sum()


class DetectorTrainStep(nn.Cell):
    def __init__(self, head, optimizer):
        super().__init__()
        self.head = head
        self.optimizer = optimizer
        self.criterion = BalancedBCELoss()
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, feats, targets):
        return self.criterion(self.head(feats).squeeze(-1), targets)

    def construct(self, feats, targets):
        loss, grads = self.grad_fn(feats, targets)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(31)
    head = nn.Dense(5, 1)
    opt = nn.SGD(head.trainable_params(), learning_rate=0.1)
    feats = Tensor(np.random.randn(12, 5).astype(np.float32))
    targets = Tensor((np.arange(12) % 5 == 0).astype(np.float32))
    return DetectorTrainStep(head, opt), (feats, targets)
