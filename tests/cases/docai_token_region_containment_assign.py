# case: assign each OCR token to the layout region containing its centre via a fixed containment matrix, argmax and ops.where for unassigned tokens -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenRegionAligner(nn.Cell):
    def __init__(self, unassigned_id=-1):
        super().__init__()
        self.unassigned_id = unassigned_id

    def containment(self, token_boxes, region_boxes):
        c = (token_boxes[:, :2] + token_boxes[:, 2:]) / 2
        inside_x = ops.logical_and(c[:, None, 0] >= region_boxes[None, :, 0], c[:, None, 0] <= region_boxes[None, :, 2])
        inside_y = ops.logical_and(c[:, None, 1] >= region_boxes[None, :, 1], c[:, None, 1] <= region_boxes[None, :, 3])
        return ops.logical_and(inside_x, inside_y).astype(ms.float32)

    def construct(self, token_boxes, region_boxes):
        inside = self.containment(token_boxes, region_boxes)
        area = (region_boxes[:, 2] - region_boxes[:, 0]) * (region_boxes[:, 3] - region_boxes[:, 1])
        pref = inside / (area[None, :] + 1.0)
        region_id = pref.argmax(axis=1).astype(ms.int32)
        has_region = inside.sum(axis=1) > 0
        return ops.where(has_region, region_id, ops.full_like(region_id, self.unassigned_id))


def make():
    np.random.seed(42)
    txy = np.random.rand(15, 2).astype(np.float32) * 100
    tokens = Tensor(np.concatenate([txy, txy + 6], axis=1))
    regions = Tensor(np.array([[0, 0, 50, 50], [50, 0, 100, 40], [0, 50, 100, 100]], np.float32))
    return TokenRegionAligner(), (tokens, regions)
