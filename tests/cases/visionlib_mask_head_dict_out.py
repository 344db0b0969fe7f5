# case: Mask R-CNN style mask head returns a dict of tensors (mask_pred, mask_feats) when return_dict is set in its config -> static graph with dict output
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskHeadConfig:
    num_convs = 2
    in_channels = 16
    conv_out_channels = 16
    num_classes = 3
    return_dict = True


class FCNMaskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        chans = [config.in_channels] + [config.conv_out_channels] * config.num_convs
        self.convs = nn.CellList([
            nn.SequentialCell([nn.Conv2d(chans[i], chans[i + 1], 3, pad_mode="same"), nn.ReLU()])
            for i in range(config.num_convs)
        ])
        self.upsample = nn.Conv2dTranspose(config.conv_out_channels, config.conv_out_channels, 2, stride=2)
        self.conv_logits = nn.Conv2d(config.conv_out_channels, config.num_classes, 1)

    def construct(self, roi_feats):
        x = roi_feats
        for conv in self.convs:
            x = conv(x)
        feats = x
        x = ops.relu(self.upsample(x))
        mask_pred = self.conv_logits(x)
        if self.return_dict:
            return {"mask_pred": mask_pred, "mask_feats": feats}
        return mask_pred, feats


def make():
    np.random.seed(3358)
    rois = Tensor(np.random.randn(4, 16, 7, 7).astype(np.float32))
    return FCNMaskHead(MaskHeadConfig()), (rois,)
