# case: training step keeps negative-sampling statistics in an @ms.jit_class state object created in construct and mutated (running count of sampled negatives) before the BPR loss -> jit_class instance created and attribute-mutated in construct; Graph mode may reject the mutation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplerStats:
    def __init__(self, n_neg):
        self.n_neg = n_neg
        self.n_seen = 0

    def update(self, batch):
        self.n_seen = self.n_seen + batch * self.n_neg


class BPRTrainStep(nn.Cell):
    def __init__(self, n_items, hidden, n_neg=4, track_stats=True):
        super().__init__()
        self.item_emb = nn.Embedding(n_items + 1, hidden, padding_idx=0)
        self.n_neg = n_neg
        self.track_stats = track_stats

    def _bpr(self, state, pos, neg):
        pos_s = (state * self.item_emb(pos)).sum(-1, keepdims=True)
        neg_s = (state.expand_dims(1) * self.item_emb(neg)).sum(-1)
        return -ops.log(ops.sigmoid(pos_s - neg_s) + 1e-8).mean()

    def construct(self, state, pos, neg):
        loss = self._bpr(state, pos, neg)
        if self.track_stats:
            stats = SamplerStats(self.n_neg)
            stats.update(state.shape[0])
            return loss, stats.n_seen
        return loss


def make():
    np.random.seed(3598)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    pos = Tensor(np.random.randint(1, 31, size=(4,)).astype(np.int32))
    neg = Tensor(np.random.randint(1, 31, size=(4, 4)).astype(np.int32))
    step = BPRTrainStep(30, 8)
    step.set_train(True)
    return step, (state, pos, neg)
