# case: change-proposal module keeps a fixed budget of top-k changed pixels per image, k taken from the config and clipped to H*W from the shape -> top-k size from Python values, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalConfig:
    def __init__(self, num_proposals=32, score_thresh=0.3, return_mask=False):
        self.num_proposals = num_proposals
        self.score_thresh = score_thresh
        self.return_mask = return_mask


class TopKProposals(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_proposals = config.num_proposals
        self.score_thresh = config.score_thresh
        self.return_mask = config.return_mask

    def _budget(self, scores):
        return min(self.num_proposals, scores.shape[-1])

    def construct(self, change_prob):
        b = change_prob.shape[0]
        scores = change_prob.reshape(b, -1)
        k = self._budget(scores)
        vals, idx = ops.topk(scores, k)
        keep = (vals > self.score_thresh).astype(ms.float32)
        outputs = (vals * keep, idx)
        if self.return_mask:
            outputs = outputs + (keep,)
        return outputs


def make():
    np.random.seed(37)
    prob = Tensor(np.random.rand(2, 1, 12, 12).astype(np.float32))
    return TopKProposals(ProposalConfig()), (prob,)
