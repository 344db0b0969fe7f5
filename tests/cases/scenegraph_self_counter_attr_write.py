# case: relation sampler keeps a running count of sampled foreground relations by writing self.num_fg_seen in construct -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelationSampler(nn.Cell):
    def __init__(self, batch_per_image=16, fg_fraction=0.25):
        super().__init__()
        self.batch_per_image = batch_per_image
        self.fg_fraction = fg_fraction
        self.num_fg_seen = 0

    def construct(self, rel_labels, rel_scores):
        fg = (rel_labels > 0).astype(ms.float32)
        self.num_fg_seen = self.num_fg_seen + int(fg.sum())
        max_fg = int(self.batch_per_image * self.fg_fraction)
        weights = fg * rel_scores
        _, idx = ops.topk(weights, max_fg)
        return idx


def make():
    np.random.seed(11)
    labels = Tensor(np.random.randint(0, 4, size=20).astype(np.int32))
    scores = Tensor(np.random.rand(20).astype(np.float32))
    return RelationSampler(), (labels, scores)
