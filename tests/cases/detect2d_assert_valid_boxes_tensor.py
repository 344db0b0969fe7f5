# case: proposal layer asserts on tensor data that all decoded boxes are well-formed before sampling -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalLayer(nn.Cell):
    def __init__(self, post_nms_top_n=8, check_boxes=True):
        super().__init__()
        self.post_nms_top_n = post_nms_top_n
        self.check_boxes = check_boxes

    def decode(self, anchors, deltas):
        ctr = (anchors[:, :2] + anchors[:, 2:]) / 2 + deltas[:, :2] * (anchors[:, 2:] - anchors[:, :2])
        size = (anchors[:, 2:] - anchors[:, :2]) * ops.exp(ops.clamp(deltas[:, 2:], max=2.0))
        return ops.concat([ctr - size / 2, ctr + size / 2], axis=1)

    def construct(self, anchors, deltas, objectness):
        assert anchors.shape == deltas.shape, "anchors and deltas must align"
        proposals = self.decode(anchors, deltas)
        if self.check_boxes:
            assert (proposals[:, 2:] >= proposals[:, :2]).all(), "degenerate proposals"
        scores, idx = ops.topk(objectness, self.post_nms_top_n)
        return ops.gather(proposals, idx, 0), scores


def make():
    np.random.seed(39)
    a = np.random.rand(24, 2).astype(np.float32) * 30
    anchors = Tensor(np.concatenate([a, a + 6], axis=1))
    deltas = Tensor(np.random.randn(24, 4).astype(np.float32) * 0.2)
    objectness = Tensor(np.random.rand(24).astype(np.float32))
    return ProposalLayer(), (anchors, deltas, objectness)
