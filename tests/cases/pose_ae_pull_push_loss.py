# case: associative embedding pull/push loss over a fixed max_people slot layout with per-slot joint masks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AETagLoss(nn.Cell):
    def __init__(self, push_weight=0.001, pull_weight=0.001, sigma=1.0):
        super().__init__()
        self.push_weight = push_weight
        self.pull_weight = pull_weight
        self.sigma = sigma

    def _reference(self, tags, mask):
        # tags: (B, P, K) embedding at GT joints; mask: (B, P, K)
        cnt = mask.sum(-1)
        ref = (tags * mask).sum(-1) / ops.clamp(cnt, min=1.0)
        return ref, (cnt > 0).astype(ms.float32)

    def construct(self, tags, mask):
        ref, person_valid = self._reference(tags, mask)
        pull = (ops.square(tags - ref.expand_dims(-1)) * mask).sum(-1)
        pull = (pull / ops.clamp(mask.sum(-1), min=1.0) * person_valid).sum()
        num_people = person_valid.sum(-1)
        diff = ref.expand_dims(2) - ref.expand_dims(1)
        pair_valid = person_valid.expand_dims(2) * person_valid.expand_dims(1)
        push = (ops.exp(-ops.square(diff) / (2 * self.sigma ** 2)) * pair_valid).sum((1, 2))
        push = (push - num_people) / ops.clamp(num_people * (num_people - 1), min=1.0)
        return self.pull_weight * pull + self.push_weight * push.sum()


def make():
    np.random.seed(13)
    tags = np.random.randn(2, 6, 17).astype(np.float32)
    mask = (np.random.rand(2, 6, 17) > 0.4).astype(np.float32)
    mask[:, 4:] = 0.0
    return AETagLoss(), (Tensor(tags), Tensor(mask))
