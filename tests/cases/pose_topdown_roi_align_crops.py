# case: top-down pipeline cropping fixed-size person patches with ROIAlign from padded boxes before a keypoint head -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PersonRoIExtractor(nn.Cell):
    def __init__(self, out_h=32, out_w=24, spatial_scale=0.25, padding=1.2):
        super().__init__()
        self.padding = padding
        self.roi_align = ops.ROIAlign(out_h, out_w, spatial_scale, 2)

    def pad_boxes(self, boxes):
        ctr = (boxes[:, 0:2] + boxes[:, 2:4]) * 0.5
        half = (boxes[:, 2:4] - boxes[:, 0:2]) * 0.5 * self.padding
        return ops.concat([ctr - half, ctr + half], axis=1)

    def construct(self, feats, boxes, batch_ids):
        boxes = self.pad_boxes(boxes)
        rois = ops.concat([batch_ids.astype(ms.float32).expand_dims(1), boxes], axis=1)
        return self.roi_align(feats, rois)


class TopDownKeypointNet(nn.Cell):
    def __init__(self, channels=16, num_joints=17):
        super().__init__()
        self.extract = PersonRoIExtractor()
        self.head = nn.SequentialCell([
            nn.Conv2d(channels, channels, 3, pad_mode="same"),
            nn.ReLU(),
            nn.Conv2d(channels, num_joints, 1),
        ])

    def construct(self, feats, boxes, batch_ids):
        crops = self.extract(feats, boxes, batch_ids)
        return self.head(crops)


def make():
    np.random.seed(11)
    feats = np.random.randn(2, 16, 40, 40).astype(np.float32)
    boxes = np.array([[20, 30, 80, 150], [60, 10, 140, 120], [5, 5, 60, 90]], np.float32)
    ids = np.array([0, 0, 1], np.int32)
    return TopDownKeypointNet(), (Tensor(feats), Tensor(boxes), Tensor(ids))
