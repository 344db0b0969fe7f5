# case: associative-embedding pull/push loss over a fixed max_people slots, with person validity as a float mask and normalisation by max(count, 1) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AELossConfig:
    def __init__(self, max_people=5, push_weight=0.001, pull_weight=0.001, loss_type="exp"):
        self.max_people = max_people
        self.push_weight = push_weight
        self.pull_weight = pull_weight
        self.loss_type = loss_type


class AssociativeEmbeddingLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_people = config.max_people
        self.push_weight = config.push_weight
        self.pull_weight = config.pull_weight
        self.loss_type = config.loss_type
        self.eye = Tensor(np.eye(config.max_people, dtype=np.float32))

    def _single(self, tags, joint_vis):
        # tags: (P, K), joint_vis: (P, K)
        cnt = joint_vis.sum(-1)
        person_valid = (cnt > 0).astype(ms.float32)
        mean = (tags * joint_vis).sum(-1) / ops.maximum(cnt, ops.ones_like(cnt))
        pull = (((tags - mean[:, None]) ** 2) * joint_vis).sum(-1) / ops.maximum(cnt, ops.ones_like(cnt))
        n = person_valid.sum()
        pull = (pull * person_valid).sum() / ops.maximum(n, ops.ones_like(n))
        diff = mean[:, None] - mean[None, :]
        pair_valid = person_valid[:, None] * person_valid[None, :] * (1.0 - self.eye)
        push_map = ops.exp(-diff ** 2) if self.loss_type == "exp" else ops.relu(1.0 - ops.abs(diff))
        denom = pair_valid.sum()
        push = (push_map * pair_valid).sum() / ops.maximum(denom, ops.ones_like(denom))
        return pull, push

    def construct(self, tags, joint_vis):
        losses = [self._single(tags[i], joint_vis[i]) for i in range(tags.shape[0])]
        pull = sum([p for p, _ in losses]) / len(losses)
        push = sum([q for _, q in losses]) / len(losses)
        return pull * self.pull_weight, push * self.push_weight


def make():
    np.random.seed(127)
    tags = Tensor(np.random.randn(2, 5, 17).astype(np.float32))
    vis = np.zeros((2, 5, 17), np.float32)
    vis[:, :3] = (np.random.rand(2, 3, 17) > 0.3)
    return AssociativeEmbeddingLoss(AELossConfig()), (tags, Tensor(vis))
