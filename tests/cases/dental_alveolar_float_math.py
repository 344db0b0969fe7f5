# case: compute alveolar crest angle with math.atan2 on float() of tensor values inside construct -> host round trip, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrestAngle(nn.Cell):
    """Angle of the alveolar crest line between mesial and distal landmarks."""

    def __init__(self, pixel_mm=0.1):
        super().__init__()
        self.pixel_mm = pixel_mm

    def construct(self, mesial, distal):
        dy = (distal[1] - mesial[1]) * self.pixel_mm
        dx = (distal[0] - mesial[0]) * self.pixel_mm
        angle = math.degrees(math.atan2(float(dy), float(dx)))
        length = ops.sqrt(dx * dx + dy * dy)
        return Tensor(angle, ms.float32), length


def make():
    np.random.seed(15)
    mesial = np.random.rand(2).astype(np.float32) * 100
    distal = mesial + np.array([40.0, 5.0], np.float32)
    return CrestAngle(), (Tensor(mesial), Tensor(distal))
